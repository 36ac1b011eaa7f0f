// 对话框：底部对话框逐字显示中文台词，点击显示下一句
const LINES = ['勇者啊，你终于来到了这片被遗忘的森林，这里的每一棵树都记得古老王国的故事，请你仔细聆听它们的低语。', '前方的道路充满危险，但只要你带着这把古剑继续前进，黑暗终将被光明驱散，王国也会重新复兴。'];
class Dialog extends Phaser.Scene {
  constructor() { super('dialog'); }
  create() {
    this.add.rectangle(400, 500, 720, 160, 0x000000, 0.8);
    this.text = this.add.text(60, 440, '', { fontSize: '24px', color: '#ffffff', wordWrap: { width: 680 } });
    this.line = 0;
    this.show();
    this.input.on('pointerdown', () => { this.line = (this.line + 1) % LINES.length; this.show(); });
  }
  show() {
    const full = LINES[this.line];
    let n = 0;
    if (this.typer) this.typer.remove();
    this.typer = this.time.addEvent({ delay: 30, repeat: full.length - 1, callback: () => { n += 1; this.text.setText(full.slice(0, n)); } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#283593', scene: Dialog });
