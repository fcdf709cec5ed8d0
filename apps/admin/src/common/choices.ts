/**
 * react-admin choices from a label per value. Callers type the labels as `Record<SomeUnion, string>`, so a
 * value added to the contract without a label here fails the type check.
 */
export const choicesFrom = (labels: Record<string, string>) =>
  Object.entries(labels).map(([id, name]) => ({ id, name }));
