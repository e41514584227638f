export declare const MINIMUM_NODE: readonly [number, number, number];
export declare function nodeVersionProblem(version: string, execPath?: string): string | null;
export declare function exitUnlessSupportedNode(): void;
