// A progress bar for long commands: redrawn in place on a terminal, a line
// per 10 % otherwise (CI logs), so the output stays readable in both.

export interface Progress {
  tick(n?: number): void;
  done(): void;
}

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let current = 0;
  let lastDecile = -1;
  const started = Date.now();
  const draw = () => {
    const ratio = total === 0 ? 1 : Math.min(1, current / total);
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(ratio * width);
      stream.write(`\r${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${current}/${total}`);
    } else {
      const decile = Math.floor(ratio * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${current}/${total} (${decile * 10}%)\n`);
      }
    }
  };
  draw();
  return {
    tick(n = 1) {
      current += n;
      draw();
    },
    done() {
      current = total;
      draw();
      if (stream.isTTY) stream.write(` ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
    },
  };
}
