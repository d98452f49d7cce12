/** Types for electron-binary.mjs, so TypeScript tests can import it. */
export declare const electronPackageDir: string;
/** The Electron executable's path, or null when it is not installed. */
export declare function findElectronBinary(packageDir?: string): string | null;
