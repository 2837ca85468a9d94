/** Walking parse5's tree: the node types and the few helpers `renderPage` and `renderShadowRoot` share. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export const isElement = (node: Node): node is Element => 'tagName' in node;

/** The children of `node`; a `<template>`'s are those of its content. */
export function childrenOf(node: Node): readonly Node[] {
  if (node.nodeName === 'template') return (node as DefaultTreeAdapterMap['template']).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** The value of attribute `name` of `element`, if it has one. */
export const attributeOf = (element: Element, name: string): string | undefined => element.attrs.find((attr) => attr.name === name)?.value;
