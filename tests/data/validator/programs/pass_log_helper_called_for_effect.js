// A counter button: each click adds one and writes a line to the log panel
const lines = [];
function logLine(text) {
  lines.push(text);
  if (lines.length > 5) lines.shift();
  return lines.length;
}
class Counter extends Phaser.Scene {
  constructor() { super('counter'); }
  create() {
    this.count = 0;
    this.panel = this.add.text(20, 20, '', { fontSize: '18px', color: '#ffffff' });
    const btn = this.add.rectangle(300, 300, 160, 60, 0x5c6bc0).setInteractive();
    btn.on('pointerdown', () => {
      this.count++;
      logLine('clicked ' + this.count);
      const shown = logLine('total ' + this.count);
      this.panel.setText(lines.join('\n') + '\n(' + shown + ' lines)');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Counter });
