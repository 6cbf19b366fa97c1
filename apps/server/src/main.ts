import { loadConfig } from './platform/config.js';
import { startupPhasesFor } from './platform/startup-phases.js';
import { startServer } from './server.js';

try {
  const config = loadConfig();
  const phases = startupPhasesFor(config.startedAt, process.stdout, performance.timeOrigin);
  const running = await startServer(config, { phases });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      running.app.log.info(`收到 ${signal}，正在停止…`);
      running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (error) {
  console.error(`PolicyHub 启动失败：${(error as Error).message}`);
  process.exit(1);
}
