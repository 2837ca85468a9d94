// dz-elements.d.ts: the dz- tags for React 18, which sets attributes only (text). Each tag takes React's props, a
// ref to the element and the element's attributes as text; properties and events go through the ref.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type DzTag<Tag extends keyof HTMLElementTagNameMap, Attributes extends string> = DetailedHTMLProps<
  HTMLAttributes<HTMLElementTagNameMap[Tag]>,
  HTMLElementTagNameMap[Tag]
> &
  Partial<Record<Attributes, string>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dz-task-matrix': DzTag<'dz-task-matrix', 'section' | 'unit' | 'rows' | 'sort' | 'caption' | 'export' | 'plan-src' | 'timeout'>;
    }
  }
}
