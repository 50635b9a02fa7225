import { ValidationError } from '@weefsel/graph-schema';
import { modelLimits, type KeptModel } from '../model-store';

/** Refuses a model too large to keep (see `modelLimits`). */
export function checkModel(model: KeptModel): void {
  if (model.model.length > modelLimits.bytes) {
    throw new ValidationError('keepModel', [{ path: 'model', message: `the model under ${model.key} has ${model.model.length} characters; at most ${modelLimits.bytes} are kept` }]);
  }
}
