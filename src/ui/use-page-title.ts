import { useEffect } from 'react';

/** Sets the document title while the calling page is shown (screen readers announce it). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
