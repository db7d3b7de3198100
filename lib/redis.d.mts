import type Redis from "ioredis";
export declare const REDIS_PREFIX: string;
export declare function redisConfigured(): boolean;
export declare function redisOptions(): {
  commandTimeout: number;
  connectTimeout: number;
  enableOfflineQueue: false;
  maxRetriesPerRequest: number;
  retryStrategy: (attempt: number) => number;
};
export declare function getRedis(): Redis | null;
export declare function closeRedis(): Promise<void>;
export declare function redisReady(timeoutMs?: number): Promise<boolean>;
export declare function connectedRedis(timeoutMs?: number): Promise<Redis | null>;
