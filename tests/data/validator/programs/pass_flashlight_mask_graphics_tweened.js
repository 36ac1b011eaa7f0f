// Task: A dark-room search: the room is hidden except for a round flashlight (a geometry mask) that follows the mouse; click the 5 hidden stars to find them, Space fires one of 2 flares that briefly lights the whole room, and finding all stars shows "All 5 stars found!" with the time taken.
const STARS = [[120, 140], [690, 110], [410, 300], [180, 470], [640, 460]];

class DarkRoomScene extends Phaser.Scene {
  constructor() { super('darkroom'); }

  preload() {
    const g = this.make.graphics({ add: false });
    const pts = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 ? 9 : 22, a = -Math.PI / 2 + i * Math.PI / 5;
      pts.push(new Phaser.Math.Vector2(24 + Math.cos(a) * r, 24 + Math.sin(a) * r));
    }
    g.fillStyle(0xffeb3b).fillPoints(pts, true).generateTexture('star', 48, 48).destroy();
  }

  create() {
    this.found = 0;
    this.flares = 2;
    this.done = false;

    this.room = this.add.container(0, 0);
    const walls = this.add.graphics();
    walls.fillStyle(0x6d4c41).fillRect(0, 0, 800, 600);
    walls.fillStyle(0x8d6e63).fillRect(0, 420, 800, 180);
    walls.fillStyle(0x455a64).fillRect(60, 60, 220, 160).fillRect(520, 40, 230, 140);
    walls.fillStyle(0x3e2723).fillRect(330, 250, 160, 110).fillCircle(180, 500, 60).fillRect(560, 400, 170, 120);
    this.room.add(walls);

    STARS.forEach(([x, y]) => {
      const star = this.add.image(x, y, 'star').setScale(0.8).setAlpha(0.85).setInteractive({ useHandCursor: true });
      star.once('pointerdown', () => this.collect(star));
      this.room.add(star);
    });

    this.light = this.make.graphics({ x: 400, y: 300, add: false });
    this.light.fillStyle(0xffffff).fillCircle(0, 0, 80);
    this.room.setMask(this.light.createGeometryMask());

    this.hud = this.add.text(16, 12, '', { fontSize: '20px', color: '#ffffff' });
    this.banner = this.add.text(400, 300, '', { fontSize: '40px', color: '#fff59d', stroke: '#000000', strokeThickness: 6 }).setOrigin(0.5);
    this.refresh();

    this.input.on('pointermove', pointer => this.light.setPosition(pointer.x, pointer.y));
    this.input.keyboard.on('keydown-SPACE', () => this.flare());
  }

  collect(star) {
    if (this.done) return;
    this.found += 1;
    star.setAlpha(1).setTint(0x80ff80);
    this.tweens.add({ targets: star, scale: 1.4, duration: 200, yoyo: true, ease: 'Back.easeOut' });
    this.refresh();
    if (this.found === STARS.length) {
      this.done = true;
      this.room.clearMask();
      const seconds = (this.time.now - this.startTime) / 1000;
      this.banner.setText(`All ${STARS.length} stars found!\nTime: ${seconds.toFixed(1)} s`);
    }
  }

  flare() {
    if (this.flares === 0 || this.done || this.tweens.isTweening(this.light)) return;
    this.flares -= 1;
    this.refresh();
    this.tweens.add({ targets: this.light, scale: 12, duration: 250, hold: 1200, yoyo: true, ease: 'Quad.easeOut' });
  }

  refresh() {
    this.hud.setText(`Stars: ${this.found} / ${STARS.length}    Flares: ${this.flares}`);
  }

  update(time) {
    if (this.startTime === undefined) this.startTime = time;
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: DarkRoomScene
});
