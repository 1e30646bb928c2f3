export { defineOutput, type Output, type AnyOutput, type OutputInput, type OutputInputs, type ChecklistInput, type StatusInput, type OutputOptions, type OutputResult, type OutputConversion } from './output.js';
export { registerOutput, unregisterOutput, outputs, findOutput, output, renderOutput, renderAs, outputForFile, outputExtensions, type RegisterOutputOptions, type OutputForFileOptions, type OutputFormatId } from './registry.js';
export { BUILT_IN_OUTPUTS } from './built-in.js';
