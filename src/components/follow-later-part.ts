/** When the address targets a finding printed in a later part, go to that part's anchor. */
export function followLaterPartAnchor(): void {
  const follow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const target = document.getElementById(id);
    if (target instanceof HTMLAnchorElement && target.parentElement?.classList.contains("later-parts")) location.replace(target.href);
  };
  follow();
  window.addEventListener("hashchange", follow);
}
