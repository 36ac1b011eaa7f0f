// A title screen with a settings menu (click a row to cycle text speed Slow/Normal/Fast and auto-advance Off/On) whose choices are used by the typewriter dialogue that the Start button opens.
const OPTIONS = [
  { key: 'textDelay', name: 'Text speed', labels: ['Slow', 'Normal', 'Fast'], values: [90, 45, 15], start: 1 },
  { key: 'autoAdvance', name: 'Auto-advance', labels: ['Off', 'On'], values: [false, true], start: 0 }
];
const LINES = [
  'The lighthouse keeper had not seen a ship in forty days.',
  'Tonight, a light answered hers from across the bay.',
  'She climbed the stairs, lantern in hand, to signal back.'
];

class TitleScene extends Phaser.Scene {
  constructor() { super('Title'); }

  create() {
    this.add.text(400, 110, 'THE LAST LIGHT', { fontSize: '46px', color: '#ffe7a0' }).setOrigin(0.5);
    this.choice = OPTIONS.map(opt => opt.values.indexOf(this.registry.has(opt.key) ? this.registry.get(opt.key) : opt.values[opt.start]));
    this.rows = OPTIONS.map((opt, i) => {
      this.registry.set(opt.key, opt.values[this.choice[i]]);
      const row = this.add.text(400, 250 + i * 60, '', { fontSize: '26px', color: '#ffffff', backgroundColor: '#223355', padding: { x: 12, y: 6 } })
        .setOrigin(0.5).setInteractive({ useHandCursor: true });
      row.setText(`${opt.name}: ${opt.labels[this.choice[i]]}`);
      row.on('pointerdown', () => {
        this.choice[i] = (this.choice[i] + 1) % opt.values.length;
        row.setText(`${opt.name}: ${opt.labels[this.choice[i]]}`);
        this.registry.set(opt.key, opt.values[i]);
      });
      return row;
    });
    this.startButton = this.add.text(400, 450, 'START', { fontSize: '32px', color: '#111111', backgroundColor: '#ffe7a0', padding: { x: 20, y: 8 } })
      .setOrigin(0.5).setInteractive({ useHandCursor: true })
      .on('pointerdown', () => this.scene.start('Story'));
  }
}

class StoryScene extends Phaser.Scene {
  constructor() { super('Story'); }

  create() {
    this.textDelay = this.registry.get('textDelay');
    this.autoAdvance = this.registry.get('autoAdvance');
    this.lineIndex = 0;
    this.add.rectangle(400, 480, 740, 180, 0x0b1020, 0.9).setStrokeStyle(2, 0xffe7a0);
    this.body = this.add.text(50, 410, '', { fontSize: '22px', color: '#ffffff', wordWrap: { width: 700 } });
    this.input.on('pointerdown', () => this.next());
    this.typeLine();
  }

  typeLine() {
    const line = LINES[this.lineIndex];
    this.shown = 0;
    this.typing = true;
    this.body.setText('');
    this.typer = this.time.addEvent({
      delay: this.textDelay,
      repeat: line.length - 1,
      callback: () => {
        this.shown++;
        this.body.setText(line.slice(0, this.shown));
        if (this.shown === line.length) this.lineDone();
      }
    });
  }

  lineDone() {
    this.typing = false;
    if (this.autoAdvance) this.autoTimer = this.time.delayedCall(1200, () => this.next());
  }

  next() {
    if (this.typing) return;
    if (this.autoTimer) this.autoTimer.remove();
    if (this.lineIndex < LINES.length - 1) {
      this.lineIndex++;
      this.typeLine();
    } else {
      this.body.setText('- End of chapter one -');
      this.finished = true;
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d1426', scene: [TitleScene, StoryScene] });
