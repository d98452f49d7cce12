/** Types for start-helpers.mjs, so TypeScript tests can import it. */
export declare function exitCodeFor(code: number | null, signal: NodeJS.Signals | null): number;
export declare function electronChildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function userNamespacesWork(): boolean;
export declare function suidHelperReady(chromeSandbox: string): boolean;
export declare function sandboxAdvice(host: {
  platform: NodeJS.Platform;
  chromeSandbox: string;
  userNamespacesWork: () => boolean;
  suidHelperReady: (path: string) => boolean;
}): string | null;
export declare function runtimeMissingSentence(installerOutput: string): string;
