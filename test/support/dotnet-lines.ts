// Which SDK source each .NET target × package is checked against.

import type { LineId } from './csharp/api-surface.js';

export const DOTNET_LINES: Record<string, LineId> = {
  'dotnet Box.V2.Core': 'box-v2-core-10',
  'dotnet Box.Sdk.Gen': 'box-sdk-gen-1',
  'dotnet-legacy Box.V2.Core': 'box-v2-core-5',
};
