export declare const MUTATED: readonly string[];
export declare const NOT_MUTATED: readonly string[];
export declare function isMutated(path: string, root?: string): boolean;
