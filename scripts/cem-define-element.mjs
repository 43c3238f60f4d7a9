// A custom-elements-manifest analyzer plugin: `defineElement('tag', Class)` (src/define.ts) registers
// an element, so the manifest gets the same `custom-element-definition` export the analyzer records for
// `customElements.define('tag', Class)`; its own post-processing then sets the class's tagName.

export function defineElementCalls() {
  return {
    name: 'invite:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !elementClass || !ts.isIdentifier(elementClass)) {
        throw new Error(`${moduleDoc.path}: defineElement takes a tag name literal and a class name`);
      }
      const definition = {
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: elementClass.text, module: moduleDoc.path },
      };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
    },
  };
}
