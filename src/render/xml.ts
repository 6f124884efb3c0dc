/** A small XML writer: elements as data, serialised with every text and attribute escaped. */
export interface XmlElement {
  name: string
  attributes?: Record<string, string | undefined>
  children?: Array<XmlElement | string>
}

export function escapeXml(value: string): string {
  // Characters XML 1.0 forbids outright are dropped; the five specials are escaped.
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export function element(name: string, attributes: XmlElement['attributes'], ...children: Array<XmlElement | string | null | undefined | false>): XmlElement {
  return { name, attributes, children: children.filter((child): child is XmlElement | string => Boolean(child)) }
}

export function serializeXml(node: XmlElement, indent = ''): string {
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('')
  const children = node.children ?? []
  if (!children.length) return `${indent}<${node.name}${attributes}/>`
  if (children.every((child) => typeof child === 'string')) return `${indent}<${node.name}${attributes}>${children.map((child) => escapeXml(child as string)).join('')}</${node.name}>`
  const inner = children.map((child) => (typeof child === 'string' ? `${indent}  ${escapeXml(child)}` : serializeXml(child, indent + '  '))).join('\n')
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`
}
