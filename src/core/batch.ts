// Every snippet box-snippet can write, in a fixed order, for a docs build: flow (each auth method,
// each client option: DOCS_FLOWS) × target × package × style, with placeholders or environment
// variables (never literal secrets). A client option's page has each target's docs program only:
// its default package, in the style of its docs tab.

import { DOCS_FLOWS, offersFlow, optionIds, type DocsFlow } from './docs/flows.js';
import { generateFromRequest, type GenerateRequest } from './generate.js';
import type { Snippet } from './snippet.js';
import { TARGETS, packageId, type Target, type TargetId } from './targets.js';

export interface BatchEntry {
  /** Relative path, '/'-separated: `<flow>/<target>/<package>/[<style>/]<file name>`. */
  path: string;
  /** The flow (DOCS_FLOWS) the program is for: its page. */
  flow: string;
  snippet: Snippet;
}

export function generateAll(credentials: 'placeholder' | 'env', baseUrl?: string): BatchEntry[] {
  return DOCS_FLOWS.flatMap((flow) =>
    (TARGETS as readonly Target[])
      .filter((target) => offersFlow(target, flow.auth, flow.options))
      .flatMap((target) =>
        (flowIsAuthMethod(flow) ? target.packages : target.packages.slice(0, 1)).flatMap((pkg) =>
          (flowIsAuthMethod(flow)
            ? target.styles
            : target.styles.filter((style) => style.id === docsStyle(target))
          ).map((style) => {
            const snippet = generateFromRequest({
              target: target.id as TargetId,
              // Names read from the registry itself, so they are valid for this target.
              package: packageId(pkg) as GenerateRequest['package'],
              style: style.id as GenerateRequest['style'],
              auth: flow.auth,
              ...(flow.subject === undefined ? {} : { subject: flow.subject }),
              ...flow.options,
              credentials,
              ...(baseUrl === undefined ? {} : { baseUrl }),
            });
            const styleDir = target.styles.length > 1 ? `${style.id}/` : '';
            return {
              path: `${flow.id}/${target.id}/${pathSegment(packageId(pkg))}/${styleDir}${style.fileName}`,
              flow: flow.id,
              snippet,
            };
          }),
        ),
      ),
  );
}

const flowIsAuthMethod = (flow: DocsFlow) => optionIds(flow.options).length === 0;
const docsStyle = (target: Target) => target.tab.style ?? target.styles[0]!.id;

/** A package name as one safe path segment (`com.box:box-java-sdk` → `com.box-box-java-sdk`). */
export function pathSegment(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-');
}
