// Which SDK source each .NET target × package (its --package value) is checked against.

import type { LineId } from './csharp/api-surface.js';

export const DOTNET_LINES: Record<string, LineId> = {
  'dotnet Box.V2.Core': 'box-v2-core-10',
  'dotnet Box.Sdk.Gen': 'box-sdk-gen-1',
  'dotnet-legacy Box.V2.Core': 'box-v2-core-6',
  'dotnet-legacy Box.V2.Core@5': 'box-v2-core-5',
};
