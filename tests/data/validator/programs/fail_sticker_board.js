// Sticker board: pick a star, heart, flower or smiley sticker from the tray on the left; a see-through preview follows the cursor at the current size, the - and + keys change the size from 0.5x to 2x in 0.25 steps, and clicking the board places the sticker, which pops in with a short bounce and then stays at the chosen size; Backspace removes the most recently placed sticker.
const KINDS = ['star', 'heart', 'flower', 'smiley'];
const TRAY_W = 130;

class StickerScene extends Phaser.Scene {
  constructor() {
    super('Stickers');
  }

  create() {
    this.makeTextures();
    this.kind = 'star';
    this.size = 1;
    this.placed = [];

    this.add.rectangle(0, 0, TRAY_W, 600, 0x8ecae6).setOrigin(0);
    this.trayIcons = KINDS.map((kind, i) => {
      const icon = this.add.image(TRAY_W / 2, 90 + i * 120, kind).setInteractive({ useHandCursor: true });
      icon.on('pointerdown', () => this.choose(kind));
      return icon;
    });
    this.hud = this.add.text(TRAY_W + 16, 12, '', { fontSize: '20px', color: '#023047' });
    this.add.text(TRAY_W + 16, 570, 'Click to stick   - / + size   Backspace undo', { fontSize: '16px', color: '#355070' });

    this.ghost = this.add.image(-100, -100, this.kind).setAlpha(0.45).setDepth(10);

    this.input.on('pointermove', (p) => {
      this.ghost.setPosition(p.x, p.y).setVisible(p.x > TRAY_W);
    });
    this.input.on('pointerdown', (p) => {
      if (p.x > TRAY_W) this.place(p.x, p.y);
    });
    this.input.keyboard.on('keydown-MINUS', () => this.resize(-0.25));
    this.input.keyboard.on('keydown-PLUS', () => this.resize(0.25));
    this.input.keyboard.on('keydown-NUMPAD_SUBTRACT', () => this.resize(-0.25));
    this.input.keyboard.on('keydown-NUMPAD_ADD', () => this.resize(0.25));
    this.input.keyboard.on('keydown-BACKSPACE', () => {
      const last = this.placed.pop();
      if (last) {
        this.tweens.killTweensOf(last);
        last.destroy();
      }
      this.refresh();
    });

    this.choose('star');
  }

  makeTextures() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    const star = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 ? 18 : 40;
      const a = -Math.PI / 2 + i * Math.PI / 5;
      star.push(new Phaser.Math.Vector2(42 + Math.cos(a) * r, 42 + Math.sin(a) * r));
    }
    g.fillStyle(0xffb703).fillPoints(star, true).generateTexture('star', 84, 84).clear();
    g.fillStyle(0xe63946).fillCircle(26, 30, 20).fillCircle(58, 30, 20).fillTriangle(8, 40, 76, 40, 42, 78);
    g.generateTexture('heart', 84, 84).clear();
    g.fillStyle(0xff8fab);
    for (let i = 0; i < 6; i++) {
      const a = i * Math.PI / 3;
      g.fillCircle(42 + Math.cos(a) * 22, 42 + Math.sin(a) * 22, 16);
    }
    g.fillStyle(0xffd166).fillCircle(42, 42, 14).generateTexture('flower', 84, 84).clear();
    g.fillStyle(0xffe066).fillCircle(42, 42, 38).fillStyle(0x333333).fillCircle(29, 33, 5).fillCircle(55, 33, 5);
    g.lineStyle(4, 0x333333).beginPath().arc(42, 46, 20, 0.2, Math.PI - 0.2).strokePath();
    g.generateTexture('smiley', 84, 84).destroy();
  }

  choose(kind) {
    this.kind = kind;
    this.ghost.setTexture(kind);
    this.trayIcons.forEach((icon, i) => icon.setScale(KINDS[i] === kind ? 1.15 : 0.85));
    this.refresh();
  }

  resize(step) {
    this.size = Phaser.Math.Clamp(this.size + step, 0.5, 2);
    this.refresh();
  }

  place(x, y) {
    const sticker = this.add.image(x, y, this.kind).setScale(this.size).setAngle(Phaser.Math.Between(-15, 15));
    this.placed.push(sticker);
    this.tweens.add({
      targets: sticker,
      scale: { from: 0, to: 1 },
      duration: 300,
      ease: 'Back.easeOut',
    });
    this.refresh();
  }

  refresh() {
    this.ghost.setScale(this.size);
    this.hud.setText(`Sticker: ${this.kind}   Size: ${this.size.toFixed(2)}x   On board: ${this.placed.length}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#fefae0',
  scene: StickerScene,
};

new Phaser.Game(config);
