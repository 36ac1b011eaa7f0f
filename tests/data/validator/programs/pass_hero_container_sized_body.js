// Move the hero (a body with a name tag) with the arrow keys through the 40 px gap in the wall to reach the chest
class Gap extends Phaser.Scene {
  create() {
    const body = this.add.rectangle(0, 0, 24, 24, 0x66ccff);
    const tag = this.add.text(0, -24, 'Hero', { fontSize: '12px', color: '#ffffff' }).setOrigin(0.5);
    this.hero = this.add.container(100, 300, [body, tag]);
    this.hero.setSize(24, 24);
    this.physics.add.existing(this.hero);
    const walls = this.physics.add.staticGroup();
    walls.add(this.add.rectangle(400, 140, 20, 280, 0x888888));
    walls.add(this.add.rectangle(400, 460, 20, 280, 0x888888));
    this.physics.add.collider(this.hero, walls);
    this.chest = this.add.rectangle(700, 300, 30, 24, 0xffcc00);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const c = this.cursors;
    this.hero.body.setVelocity((c.right.isDown - c.left.isDown) * 160, (c.down.isDown - c.up.isDown) * 160);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Gap });
