// the right ways: a world as big as the camera's bounds, a HUD fixed to the screen at zoom 1, right-aligned text,
// children placed relative to their container, a mask shape from make.graphics(), the background first, the wheel and
// world events with their real arguments and flags, a combo's keycombomatch, the mouse through activePointer
class Bolt extends Phaser.Physics.Arcade.Image {
  update() {
    if (this.active && this.y < -10) this.disableBody(true, true);
  }
}

class Roam extends Phaser.Scene {
  preload() {}

  create() {
    this.add.rectangle(1000, 750, 2000, 1500, 0x113322);
    this.physics.world.setBounds(0, 0, 2000, 1500);
    this.cameras.main.setBounds(0, 0, 2000, 1500);
    this.rover = this.add.rectangle(400, 300, 30, 20, 0xffcc00);
    this.physics.add.existing(this.rover);
    this.rover.body.setCollideWorldBounds(true).setVelocity(120, 80);
    this.rover.body.onCollide = true;
    this.cameras.main.startFollow(this.rover);
    const rock = this.add.rectangle(700, 500, 40, 40, 0x777777);
    this.physics.add.existing(rock, true);
    this.physics.add.collider(this.rover, rock);
    this.hits = 0;
    this.physics.world.on('collide', () => { this.hits += 1; });
    this.hud = this.add.text(10, 10, 'Hits: 0', { fontSize: '20px', color: '#ffffff' }).setScrollFactor(0);
    this.add.text(this.scale.width - 10, 10, 'Roam', { fontSize: '20px', color: '#ffffff' }).setOrigin(1, 0).setScrollFactor(0);
    const panel = this.add.container(200, 200);
    panel.add(this.add.rectangle(0, 0, 160, 80, 0x223355));
    panel.add(this.add.text(0, 0, 'Map', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5));
    const lamp = this.add.rectangle(300, 300, 300, 200, 0xdddd88);
    const shape = this.make.graphics({ x: 300, y: 300 }, false);
    shape.fillStyle(0xffffff).fillCircle(0, 0, 60);
    lamp.setMask(shape.createGeometryMask());
    this.bolts = this.physics.add.group({ classType: Bolt, defaultKey: 'bolt', maxSize: 4, runChildUpdate: true });
    this.input.on('wheel', (pointer, over, deltaX, deltaY) => {
      const cam = this.cameras.main;
      cam.setZoom(Phaser.Math.Clamp(cam.zoom - deltaY * 0.001, 0.8, 1.2));
    });
    this.input.keyboard.createCombo('GO', { resetOnMatch: true });
    this.input.keyboard.on('keycombomatch', () => this.rover.body.setVelocity(-120, -80));
  }

  update() {
    const p = this.input.activePointer;
    if (p.isDown) this.rover.body.setVelocity((p.worldX - this.rover.x) * 0.5, (p.worldY - this.rover.y) * 0.5);
    this.hud.setText('Hits: ' + this.hits);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Roam });
