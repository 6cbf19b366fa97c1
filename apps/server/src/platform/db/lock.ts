import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors.js';

/**
 * PGlite has no lock of its own: two processes on one data folder silently lose the second
 * writer's data (STACK-NOTES). We hold an exclusive lock file and refuse a second process.
 */
export type DirLock = { release(): void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDirLock(dir: string): DirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'policyhub.lock');
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const current = fs.readFileSync(file, 'utf8');
          if (current === mine) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof holder;
      } catch {
        /* unreadable lock: treat as stale */
      }
      const sameHost = holder.host === os.hostname();
      if (holder.pid && sameHost && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new AppError('DB_LOCKED', {
          message: `嵌入式数据库 ${dir} 正被另一个 PolicyHub 进程（PID ${holder.pid}）使用。请先停止该进程，或设置 DATABASE_URL 使用 PostgreSQL 以运行多个进程。`,
        });
      }
      if (holder.pid && !sameHost) {
        throw new AppError('DB_LOCKED', {
          message: `嵌入式数据库 ${dir} 被主机 ${holder.host} 上的进程（PID ${holder.pid}）锁定。如确认该进程已停止，请删除 ${file}。`,
        });
      }
      fs.rmSync(file, { force: true }); // stale lock of a dead process
    }
  }
  throw new AppError('DB_LOCKED');
}
