// Every snippet box-snippet can write, in a fixed order, for a docs build: target × package ×
// style × auth method, with placeholders or environment variables (never literal secrets).

import { generateFromRequest, type GenerateRequest } from './generate.js';
import type { Snippet } from './snippet.js';
import { TARGETS, packageId, type Target, type TargetId } from './targets.js';

export interface BatchEntry {
  /** Relative path, '/'-separated: `<target>/<package>/[<style>/]<file name>`. */
  path: string;
  snippet: Snippet;
}

export function generateAll(credentials: 'placeholder' | 'env', baseUrl?: string): BatchEntry[] {
  return (TARGETS as readonly Target[]).flatMap((target) =>
    target.authMethods.flatMap((auth) =>
      target.packages.flatMap((pkg) =>
        target.styles.map((style) => {
          const snippet = generateFromRequest({
            target: target.id as TargetId,
            // Names read from the registry itself, so they are valid for this target.
            package: packageId(pkg) as GenerateRequest['package'],
            style: style.id as GenerateRequest['style'],
            auth,
            credentials,
            ...(baseUrl === undefined ? {} : { baseUrl }),
          });
          const styleDir = target.styles.length > 1 ? `${style.id}/` : '';
          return { path: `${auth}/${target.id}/${pathSegment(packageId(pkg))}/${styleDir}${style.fileName}`, snippet };
        }),
      ),
    ),
  );
}

/** A package name as one safe path segment (`com.box:box-java-sdk` → `com.box-box-java-sdk`). */
export function pathSegment(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-');
}
