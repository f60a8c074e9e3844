// Proof lanes: each is a network namespace with its own mock Box API, so programs run in
// parallel (one per lane) while each mock's request log belongs to one program at a time.

import { makeNamespace, type Namespace } from './netns.js';
import { startMockBoxApi, type MockBoxApi } from './mock-box-api.js';
import type { TestTls } from './tls.js';

export interface Lane {
  namespace: Namespace;
  mock: MockBoxApi;
}

export interface LanePool {
  lanes: Lane[];
  /** Runs `work` on the next free lane; waits for one when all are busy. */
  use<T>(work: (lane: Lane) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function makeLanePool(
  count: number,
  options: { tls: TestTls; userId: string; hostNames: readonly string[] },
): Promise<LanePool> {
  const lanes: Lane[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const namespace = await makeNamespace(index, options.hostNames, options.tls.caPem);
      lanes.push({
        namespace,
        mock: await startMockBoxApi({ tls: options.tls, userId: options.userId, listener: namespace.listener }),
      });
    }
  } catch (error) {
    await Promise.all(lanes.map((lane) => lane.namespace.close()));
    throw error;
  }
  const free = [...lanes];
  const waiting: ((lane: Lane) => void)[] = [];
  const release = (lane: Lane) => {
    const next = waiting.shift();
    if (next) next(lane);
    else free.push(lane);
  };
  return {
    lanes,
    async use(work) {
      const lane = free.pop() ?? (await new Promise<Lane>((resolve) => waiting.push(resolve)));
      lane.mock.reset();
      try {
        return await work(lane);
      } finally {
        release(lane);
      }
    },
    async close() {
      for (const lane of lanes) {
        await lane.mock.close();
        await lane.namespace.close();
      }
    },
  };
}
