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
      // The manifest links a tag to a class declared in the same module, as for customElements.define.
      const declared = node.getSourceFile().statements.some(
        (statement) => ts.isClassDeclaration(statement) && statement.name?.text === elementClass.text,
      );
      if (!declared) throw new Error(`${moduleDoc.path}: defineElement('${tag.text}') names ${elementClass.text}, which this module does not declare`);
      const definition = {
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: elementClass.text, module: moduleDoc.path },
      };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
    },
  };
}
