/** zod issues as short lines a researcher can act on: `target.selector.quote.exact: Too big…`. */
import type { z } from 'zod';

export function zodReasons(error: { issues: readonly z.core.$ZodIssue[] }, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
}
