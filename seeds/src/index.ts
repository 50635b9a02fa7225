export { demoGraph } from './demo/demo-graph';
export { generateGraph, type GenerateOptions } from './generator/generate-graph';
export { writeDocument } from './document-writer';
