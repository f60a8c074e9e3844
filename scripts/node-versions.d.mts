export declare const NODE_VERSIONS: readonly string[];
export declare function nodeBinary(version: string): Promise<string>;
