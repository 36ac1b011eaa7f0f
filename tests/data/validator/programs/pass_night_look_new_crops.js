// Night falls on the farm: days and nights alternate every 8 seconds; click the field to plant a turnip where you click; at night everything on the field, including turnips planted during the night, is drawn in dark night colours, and at sunrise all of it returns to its day colours.
const PALETTE = {
  day: { grass: 0x7cb342, soil: 0x6d4c41, root: 0xf3e5f5, top: 0x8e24aa, leaf: 0x43a047 },
  night: { grass: 0x1f3a2a, soil: 0x2a2030, root: 0x5a5f8a, top: 0x3a2060, leaf: 0x1e3b40 }
};

class NightFarm extends Phaser.Scene {
  constructor() {
    super('NightFarm');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    Object.keys(PALETTE).forEach(mode => {
      const p = PALETTE[mode];
      g.clear();
      g.fillStyle(p.grass).fillRect(0, 0, 700, 420);
      g.fillStyle(p.soil);
      for (let r = 0; r < 6; r++) g.fillRect(20, 20 + r * 68, 660, 40);
      g.generateTexture('field_' + mode, 700, 420);
      g.clear();
      g.fillStyle(p.root).fillCircle(16, 22, 14);
      g.fillStyle(p.top).fillCircle(16, 28, 9);
      g.fillStyle(p.leaf).fillTriangle(16, 10, 6, 0, 12, 10).fillTriangle(16, 10, 26, 0, 20, 10);
      g.generateTexture('turnip_' + mode, 32, 38);
    });
    g.destroy();
  }

  create() {
    this.isNight = false;
    this.field = this.add.image(400, 330, 'field_day');
    this.turnips = this.add.group();

    this.field.setInteractive();
    this.field.on('pointerdown', pointer => this.plant(pointer.worldX, pointer.worldY));

    this.label = this.add.text(400, 40, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.countText = this.add.text(400, 575, '', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);

    this.time.addEvent({ delay: 8000, loop: true, callback: this.toggleDayNight, callbackScope: this });
    this.showLabel();
  }

  plant(x, y) {
    const turnip = this.turnips.create(x, y, this.isNight ? 'turnip_night' : 'turnip_day');
    turnip.setScale(0);
    this.tweens.add({ targets: turnip, scale: 1, duration: 300, ease: 'Back.Out' });
    this.showLabel();
  }

  toggleDayNight() {
    this.isNight = !this.isNight;
    const mode = this.isNight ? 'night' : 'day';
    this.field.setTexture('field_' + mode);
    this.turnips.getChildren().forEach(t => t.setTexture('turnip_' + mode));
    this.cameras.main.setBackgroundColor(this.isNight ? '#0b1030' : '#87ceeb');
    this.showLabel();
  }

  showLabel() {
    this.label.setText(this.isNight ? 'Night' : 'Day');
    this.countText.setText('Turnips planted: ' + this.turnips.getLength() + '   (click the field to plant)');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#87ceeb',
  scene: NightFarm
};

new Phaser.Game(config);
