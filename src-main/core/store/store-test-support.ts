// Shared by the durability tests of the files main writes: a writer process killed mid-write.
import { spawn } from 'node:child_process';

/**
 * Runs the Node program `script` (which prints a line once its first write is done, then writes
 * forever), kills it with SIGKILL at a random point of its write loop, and resolves once it exited.
 */
export async function killWriterMidWrite(script: string, args: readonly string[] = []): Promise<void> {
  const writer = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => writer.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    writer.stdout.once('data', () => resolve());
    writer.once('exit', (code) => reject(new Error(`the writer exited early (${code})`)));
  });
  // A random point in the write loop.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
  writer.kill('SIGKILL');
  await exited;
}
