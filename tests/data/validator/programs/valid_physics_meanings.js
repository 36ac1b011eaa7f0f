// the right ways: damping for a drag below 1, moves set back on release, radians into velocityFromRotation, a group
// given first with the single object first in the callback, keyCode against KeyCodes, registry events on the registry
class Arcade extends Phaser.Scene {
  constructor() { super('arcade'); }

  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffee00).fillCircle(10, 10, 10);
    g.generateTexture('coin', 20, 20);
    g.destroy();
    this.puck = this.add.circle(400, 300, 18, 0xeeeeee);
    this.physics.add.existing(this.puck);
    this.puck.body.setDamping(true).setDrag(0.97).setCollideWorldBounds(true);
    this.coins = this.physics.add.group({ allowGravity: false });
    for (let i = 0; i < 5; i++) this.coins.create(150 + i * 120, 200, 'coin');
    this.physics.add.overlap(this.coins, this.puck, (puck, coin) => coin.disableBody(true, true));
    this.stone = this.add.circle(150, 500, 12, 0x777777);
    this.physics.add.existing(this.stone);
    this.stone.body.moves = false;
    this.stone.setInteractive({ draggable: true });
    this.input.on('drag', (pointer, obj, x, y) => { obj.x = x; obj.y = y; });
    this.input.on('dragend', (pointer, obj) => {
      obj.body.moves = true;
      obj.body.setVelocity((150 - obj.x) * 6, (500 - obj.y) * 6);
    });
    this.input.on('pointerdown', (p) => {
      const aim = Phaser.Math.Angle.Between(this.puck.x, this.puck.y, p.x, p.y);
      this.physics.velocityFromRotation(aim, 500, this.puck.body.velocity);
    });
    this.input.keyboard.on('keydown', (event) => {
      if (event.keyCode === Phaser.Input.Keyboard.KeyCodes.SPACE) this.puck.body.setVelocity(0, 0);
    });
    this.registry.set('shots', 0);
    this.registry.events.on('changedata-shots', (parent, value) => this.shots.setText('Shots: ' + value));
    this.shots = this.add.text(16, 16, 'Shots: 0', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointerup', () => this.registry.inc('shots', 1));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Arcade });
