export declare const PACKAGE_ROOT: string
export declare const BUILD_DIR: string
export declare const DIGEST_FILE: string
export declare function sourcesDigest(root?: string): string
export declare function compiledIsCurrent(root?: string): boolean
export declare function loadCli(): Promise<typeof import('../src/cli/main.ts')>
