// The right ways: container children placed relative to it, event.code / keydown-SPACE for the space bar, aim in
// radians into .rotation, static platforms, add.overlap that keeps testing, physics.overlap in update, the camera's
// own fade event, repeat: -1 for a looping animation, a style copied with toJSON to measure a text.
class Right extends Phaser.Scene {
  constructor() { super('right'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x44cc88).fillRect(0, 0, 32, 48).fillStyle(0x2277aa).fillRect(32, 0, 32, 48);
    g.generateTexture('robot', 64, 48);
    g.destroy();
    this.textures.get('robot').add(0, 0, 0, 0, 32, 48);
    this.textures.get('robot').add(1, 0, 32, 0, 32, 48);
  }
  create() {
    const bg = this.add.rectangle(0, 0, 180, 100, 0x000000, 0.6);
    this.score = this.add.text(-80, -40, 'Score: 0', { fontSize: '18px', shadow: { offsetX: 1, offsetY: 1, color: '#000', fill: true } });
    this.panel = this.add.container(600, 450, [bg, this.score]);
    const copy = this.add.text(0, 0, 'Score: 0', this.score.style.toJSON());
    this.scoreWidth = copy.width;
    copy.destroy();
    this.shots = 0;
    this.input.keyboard.on('keydown', (event) => { if (event.code === 'Space' || event.key === ' ') this.shots += 1; });
    this.input.keyboard.on('keydown-SPACE', () => { this.shots += 1; });
    this.cannon = this.add.rectangle(400, 300, 80, 12, 0xcccccc).setOrigin(0, 0.5);
    this.input.on('pointermove', (p) => { this.cannon.rotation = Phaser.Math.Angle.Between(this.cannon.x, this.cannon.y, p.x, p.y); });
    this.platforms = this.physics.add.staticGroup();
    this.platforms.add(this.add.rectangle(400, 588, 800, 24, 0x795548));
    const ledge = this.add.rectangle(150, 460, 180, 24, 0x795548);
    this.physics.add.existing(ledge, true);
    this.player = this.add.rectangle(80, 500, 28, 42, 0x29b6f6);
    this.physics.add.existing(this.player);
    this.physics.add.collider(this.player, [this.platforms, ledge]);
    this.coins = this.physics.add.group({ allowGravity: false });
    this.coins.add(this.add.circle(300, 540, 10, 0xffd600));
    this.physics.add.overlap(this.player, this.coins, (pl, coin) => coin.destroy());
    this.anims.create({ key: 'walk', frames: this.anims.generateFrameNumbers('robot', { frames: [0, 1] }), frameRate: 6, repeat: -1 });
    this.add.sprite(650, 200, 'robot', 0).play('walk');
    this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => this.cameras.main.fadeIn(200));
    this.time.delayedCall(300, () => this.cameras.main.fadeOut(200));
  }
  update() {
    this.physics.overlap(this.player, this.coins);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: Right });
