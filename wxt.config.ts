import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Glosa',
    description: 'Cited context and competing accounts for the names in the news you read.',
    permissions: ['storage'],
  },
});
