const config = {
  type: Phaser.AUTO, width: 800, height: 600,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  physics: { default: 'arcade', arcade: { gravity: { y: 300 }, debug: false } },
  scene: { preload, create, update }
};
let player, platforms, cursors, stars, scoreText, score = 0, emitter, timer, spaceKey, tween;
function preload() {
  this.load.spritesheet('dude', 'assets/dude.png', { frameWidth: 32, frameHeight: 48 });
  this.load.image('ground', 'assets/platform.png');
  this.load.audio('coin', 'assets/coin.mp3');
}
function create() {
  const { width, height } = this.scale;
  const w2 = this.sys.game.config.width / 2 + this.game.config.height + this.cameras.main.width + this.cameras.main.centerX;
  platforms = this.physics.add.staticGroup();
  platforms.create(400, 568, 'ground').setScale(2).refreshBody();
  player = this.physics.add.sprite(100, 450, 'dude');
  player.setBounce(0.2);
  player.setCollideWorldBounds(true);
  player.body.onWorldBounds = true;
  this.physics.world.on('worldbounds', (body) => { body.gameObject.setTint(0xff0000); });
  this.anims.create({ key: 'left', frames: this.anims.generateFrameNumbers('dude', { start: 0, end: 3 }), frameRate: 10, repeat: -1 });
  cursors = this.input.keyboard.createCursorKeys();
  spaceKey = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);
  stars = this.physics.add.group({ key: 'star', repeat: 11, setXY: { x: 12, y: 0, stepX: 70 } });
  stars.children.iterate(function (child) { child.setBounceY(Phaser.Math.FloatBetween(0.4, 0.8)); });
  stars.getChildren().forEach((c) => c.setTint(0x00ff00));
  this.physics.add.collider(player, platforms);
  this.physics.add.overlap(player, stars, (p, star) => { star.disableBody(true, true); score += 10; scoreText.setText('Score: ' + score); this.sound.play('coin'); }, null, this);
  scoreText = this.add.text(16, 16, 'score: 0', { fontSize: '32px', fill: '#000' }).setOrigin(0, 0).setInteractive({ useHandCursor: true });
  scoreText.setStyle({ color: '#fff' }).setShadow(2, 2, '#000', 2).setStroke('#000', 4);
  this.tweens.addCounter({ from: 0, to: 100, duration: 1000, onUpdate: (tw) => { scoreText.setAlpha(tw.getValue() / 100); } });
  tween = this.tweens.add({ targets: scoreText, y: 20, yoyo: true, repeat: -1 });
  this.tweens.chain({ targets: player, tweens: [{ x: 200 }, { x: 100 }] });
  this.tweens.killTweensOf(scoreText);
  tween.stop();
  this.registry.set('score', 1);
  this.data.set('lives', 3);
  player.setData('hp', 3);
  player.getData('hp');
  this.events.on('shutdown', () => {});
  this.game.events.on('step', () => {});
  const a = Phaser.Math.Angle.Between(0, 0, 1, 1) + Phaser.Math.Distance.Between(0, 0, 3, 4);
  const rect = new Phaser.Geom.Rectangle(0, 0, 100, 100);
  Phaser.Geom.Rectangle.Contains(rect, 5, 5);
  Phaser.Geom.Intersects.RectangleToRectangle(player.getBounds(), rect);
  Phaser.Utils.Array.Shuffle([1, 2, 3]);
  const c1 = Phaser.Display.Color.HexStringToColor('#ffffff').color;
  const c2 = Phaser.Display.Color.IntegerToColor(0xff0000);
  c2.lighten(10);
  const g = this.add.graphics();
  g.clear(); g.setDepth(2); g.fillStyle(c1, 1).fillRoundedRect(0, 0, 10, 10, 3);
  this.cameras.main.setBackgroundColor('#000000');
  this.cameras.main.fadeIn(500); this.cameras.main.shake(100, 0.01); this.cameras.main.zoomTo(2, 100); this.cameras.main.pan(100, 100, 100);
  const container = this.add.container(100, 100, [g]);
  container.add(this.add.rectangle(0, 0, 5, 5, 0xffffff));
  container.each((child) => child.setAlpha(0.5));
  container.list.length;
  this.make.text({ x: 0, y: 0, text: 'hi' }, false);
  if (this.textures.exists('dude')) { this.textures.get('dude').getSourceImage(); }
  const zone = this.add.zone(0, 0, 100, 100).setRectangleDropZone(100, 100);
  const ts = this.add.tileSprite(400, 300, 800, 600, 'ground');
  ts.tilePositionX += 1;
  emitter = this.add.particles(0, 0, 'star', { speed: 100, emitting: false });
  emitter.explode(10, 100, 100); emitter.startFollow(player); emitter.stop(); emitter.setQuantity(2);
  timer = this.time.addEvent({ delay: 1000, loop: true, callback: () => {} });
  timer.getProgress(); timer.getRemainingSeconds(); timer.remove();
  this.input.setDraggable(scoreText);
  this.input.on('drag', (pointer, gameObject, dragX, dragY) => { gameObject.x = dragX; gameObject.y = dragY; });
  this.input.on('pointerdown', (pointer) => { if (pointer.leftButtonDown() && pointer.isDown) { this.physics.moveTo(player, pointer.worldX, pointer.worldY, 200); } });
  this.physics.velocityFromAngle(45, 200, player.body.velocity);
  this.physics.accelerateToObject(player, scoreText, 100);
  Phaser.Actions.RandomRectangle(stars.getChildren(), rect);
  Phaser.Actions.GridAlign(stars.getChildren(), { width: 4, cellWidth: 40, cellHeight: 40, x: 100, y: 100 });
  this.sound.add('coin').play();
  this.scene.pause(); this.scene.resume();
  this.physics.pause(); this.physics.resume();
  this.input.activePointer.x;
  this.time.now; this.time.paused = false;
  const r = this.add.rectangle(10, 10, 10, 10, 0xffffff);
  this.physics.add.existing(r);
  r.body.setVelocity(10, 10);
  r.body.velocity.x; r.body.blocked.down; r.body.touching.down;
  void a; void w2; void width; void height; void zone;
}
function update() {
  if (cursors.left.isDown) { player.setVelocityX(-160); player.anims.play('left', true); } else { player.setVelocityX(0); player.play('left'); }
  if (Phaser.Input.Keyboard.JustDown(spaceKey) && player.body.touching.down) { player.setVelocityY(-330); }
  if (score > 100) { this.scene.restart(); this.scene.start('default'); }
}
new Phaser.Game(config);
