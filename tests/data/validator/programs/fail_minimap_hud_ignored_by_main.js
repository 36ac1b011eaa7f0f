// A ship flies over a wide starfield (arrow keys); a minimap in the corner shows the whole field, and a HUD shows the speed.
const WORLD_W = 3200;
const WORLD_H = 2400;
class FieldScene extends Phaser.Scene {
  constructor() { super('field'); }
  preload() {}
  create() {
    for (let i = 0; i < 300; i++) this.add.circle(Phaser.Math.Between(0, WORLD_W), Phaser.Math.Between(0, WORLD_H), 2, 0xffffff);
    this.ship = this.add.triangle(400, 300, 0, 24, 12, 0, 24, 24, 0x4dd0e1);
    this.physics.add.existing(this.ship);
    this.ship.body.setCollideWorldBounds(true);
    this.physics.world.setBounds(0, 0, WORLD_W, WORLD_H);
    const main = this.cameras.main;
    main.setBounds(0, 0, WORLD_W, WORLD_H);
    main.startFollow(this.ship);
    this.hud = this.add.text(12, 12, 'Speed: 0', { fontSize: '18px', color: '#ffffff' }).setScrollFactor(0);
    this.minimap = this.cameras.add(620, 10, 170, 128).setZoom(0.05).setName('mini');
    this.minimap.setBounds(0, 0, WORLD_W, WORLD_H);
    this.minimap.startFollow(this.ship);
    main.ignore(this.hud);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const body = this.ship.body;
    body.setVelocity(0);
    if (this.cursors.left.isDown) body.setVelocityX(-300);
    if (this.cursors.right.isDown) body.setVelocityX(300);
    if (this.cursors.up.isDown) body.setVelocityY(-300);
    if (this.cursors.down.isDown) body.setVelocityY(300);
    this.hud.setText('Speed: ' + Math.round(body.speed));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000',
  physics: { default: 'arcade' }, scene: FieldScene });
