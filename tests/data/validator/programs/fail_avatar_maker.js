// Avatar maker: choose which part to recolour with the Hair, Shirt and Skin tabs (Hair is selected at start), then click one of 8 colour swatches to recolour that part of the avatar at once; the < and > arrows cycle through 3 hair styles; the Save button stores the avatar (style and all three colours) in localStorage and it is restored when the page is opened again.
const SAVE_KEY = 'avatar-maker-look';
const SWATCHES = [0x2b1b17, 0x8d5524, 0xc68642, 0xf1c27d, 0xffdbac, 0xe63946, 0x3a86ff, 0x2a9d8f];
const PARTS = ['hair', 'shirt', 'skin'];
const STYLES = ['Short', 'Long', 'Spiky'];
const DEFAULT_LOOK = { style: 0, hair: 0x2b1b17, shirt: 0x3a86ff, skin: 0xf1c27d };

class AvatarScene extends Phaser.Scene {
  constructor() {
    super('Avatar');
  }

  create() {
    this.look = { ...DEFAULT_LOOK };
    this.loadLook();
    this.part = 'hair';

    this.add.text(40, 24, 'Avatar Maker', { fontSize: '32px', color: '#22223b', fontStyle: 'bold' });
    this.add.rectangle(230, 330, 300, 400, 0xe0e1dd).setStrokeStyle(3, 0x4a4e69);
    this.avatar = this.add.graphics();

    this.tabs = PARTS.map((part, i) => {
      const tab = this.add.text(460 + i * 105, 110, part.toUpperCase(), {
        fontSize: '20px', color: '#ffffff', backgroundColor: '#4a4e69', padding: { x: 12, y: 8 },
      }).setInteractive({ useHandCursor: true });
      tab.on('pointerdown', () => this.selectPart(part));
      return tab;
    });

    SWATCHES.forEach((col, i) => {
      const sw = this.add.rectangle(490 + (i % 4) * 75, 210 + Math.floor(i / 4) * 75, 56, 56, col).setStrokeStyle(3, 0x22223b);
      sw.setInteractive({ useHandCursor: true });
      sw.on('pointerdown', this.applyColour.bind(this, this.part, col));
    });

    const arrow = (x, label, step) => {
      const t = this.add.text(x, 400, label, { fontSize: '34px', color: '#22223b' }).setOrigin(0.5).setInteractive({ useHandCursor: true });
      t.on('pointerdown', () => {
        this.look.style = (this.look.style + step + STYLES.length) % STYLES.length;
        this.redraw();
      });
    };
    arrow(480, '<', -1);
    arrow(720, '>', 1);
    this.styleText = this.add.text(600, 400, '', { fontSize: '22px', color: '#22223b' }).setOrigin(0.5);

    const save = this.add.text(600, 500, '  Save  ', { fontSize: '26px', color: '#ffffff', backgroundColor: '#2a9d8f', padding: { x: 10, y: 6 } })
      .setOrigin(0.5).setInteractive({ useHandCursor: true });
    save.on('pointerdown', () => this.saveLook());
    this.toast = this.add.text(600, 550, '', { fontSize: '18px', color: '#2a9d8f' }).setOrigin(0.5);

    this.selectPart('hair');
    this.redraw();
  }

  loadLook() {
    try {
      const saved = JSON.parse(localStorage.getItem(SAVE_KEY));
      if (saved && typeof saved === 'object') {
        if (Number.isInteger(saved.style) && saved.style >= 0 && saved.style < STYLES.length) this.look.style = saved.style;
        PARTS.forEach((p) => { if (typeof saved[p] === 'number') this.look[p] = saved[p]; });
      }
    } catch (e) {
      this.look = { ...DEFAULT_LOOK };
    }
  }

  saveLook() {
    localStorage.setItem(SAVE_KEY, JSON.stringify(this.look));
    this.toast.setText('Saved!').setAlpha(1);
    this.tweens.add({ targets: this.toast, alpha: 0, delay: 700, duration: 500 });
  }

  selectPart(part) {
    this.part = part;
    this.tabs.forEach((tab, i) => tab.setBackgroundColor(PARTS[i] === part ? '#f4a261' : '#4a4e69'));
  }

  applyColour(part, col) {
    this.look[part] = col;
    this.redraw();
  }

  redraw() {
    const g = this.avatar;
    const { style, hair, shirt, skin } = this.look;
    g.clear();
    if (style === 1) {
      g.fillStyle(hair, 1).fillRoundedRect(160, 170, 140, 170, 30);
    }
    g.fillStyle(shirt, 1).fillRoundedRect(140, 350, 180, 170, { tl: 60, tr: 60, bl: 8, br: 8 });
    g.fillStyle(skin, 1).fillRect(212, 320, 36, 40).fillCircle(230, 250, 70);
    g.fillStyle(0x22223b, 1).fillCircle(205, 250, 7).fillCircle(255, 250, 7);
    g.lineStyle(4, 0x22223b, 1).beginPath().arc(230, 270, 22, 0.3, Math.PI - 0.3).strokePath();
    g.fillStyle(hair, 1);
    if (style === 0 || style === 1) {
      g.slice(230, 235, 74, Math.PI, 0, false).fillPath();
    } else {
      for (let i = 0; i < 5; i++) {
        const x = 165 + i * 30;
        g.fillTriangle(x, 215, x + 30, 215, x + 15, 160);
      }
      g.fillRect(162, 205, 136, 22);
    }
    this.styleText.setText(`Hair: ${STYLES[style]}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#f2e9e4',
  scene: AvatarScene,
};

new Phaser.Game(config);
