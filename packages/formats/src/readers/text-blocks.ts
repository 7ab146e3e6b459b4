/** A run of non-blank lines and the 1-based line number of its first line. */
export interface TextBlock {
  line: number;
  lines: string[];
}

/** Splits normalised text into blocks separated by blank lines, keeping line numbers for errors. */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      current = null;
    } else if (current === null) {
      current = { line: i + 1, lines: [line] };
      blocks.push(current);
    } else {
      current.lines.push(line);
    }
  });
  return blocks;
}
