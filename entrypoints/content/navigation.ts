/**
 * Single-page apps change the address without a load: `onNavigate` calls back when
 * the address changes, so a feature can treat the result as a new page.
 */
export function onNavigate(callback: () => void, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    callback();
  };
  // The Navigation API reports the page's own history.pushState calls to every world;
  // where it is missing, poll the address (the isolated world cannot see history calls).
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('navigatesuccess', check, { signal });
  } else {
    const timer = setInterval(check, 300);
    signal.addEventListener('abort', () => clearInterval(timer));
  }
  window.addEventListener('popstate', check, { signal });
}
