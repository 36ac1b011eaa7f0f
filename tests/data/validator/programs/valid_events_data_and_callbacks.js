// Events, data and callbacks wired the right ways: game.events and another scene's events between scenes, the registry's
// events, this.data's changedata on the scene's events, per-object custom events (only some objects emit), method
// callbacks with their context, function callbacks with callbackScope, a TimerEvent handed to addEvent, velocities set
// after group.add(), shake(duration, intensity), fadeOut then camerafadeoutcomplete, worldbounds on physics.world.
class Token extends Phaser.GameObjects.Arc {
  constructor(scene, x, y) {
    super(scene, x, y, 14, 0, 360, false, 0x88ccff);
    scene.add.existing(this);
    this.setInteractive();
    this.on('pointerdown', this.handleDown);
  }
  handleDown() { this.setFillStyle(0xffcc00); this.emit('picked', this); }
}
class Game extends Phaser.Scene {
  constructor() { super('game'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffffff).fillCircle(8, 8, 8);
    g.generateTexture('dot', 16, 16);
    g.destroy();
  }
  create() {
    this.score = 0;
    this.ticks = 0;
    this.scene.launch('hud');
    this.registry.set('coins', 0);
    this.data.set('level', 1);
    this.events.on('changedata-level', (parent, value) => { this.levelValue = value; });
    this.tokens = [];
    for (let i = 0; i < 4; i++) {
      const t = new Token(this, 150 + i * 150, 200);
      t.on('picked', () => { this.score += 5; this.game.events.emit('score', this.score); });
      this.tokens.push(t);
    }
    this.time.addEvent({ delay: 150, loop: true, callback: this.tick, callbackScope: this });
    this.time.delayedCall(250, this.levelUp, [], this);
    this.timer = new Phaser.Time.TimerEvent({ delay: 200, repeat: 3, callback: function () { this.ticks += 1; }, callbackScope: this });
    this.time.addEvent(this.timer);
    this.tweens.add({ targets: this.tokens[0], scale: 1.4, yoyo: true, repeat: -1, duration: 300,
      onYoyo: function () { this.ticks += 1; }, callbackScope: this });
    this.balls = this.physics.add.group();
    for (let i = 0; i < 3; i++) {
      const ball = this.physics.add.image(200 + i * 150, 400, 'dot');
      this.balls.add(ball);
      ball.setVelocity(120, -160).setBounce(1).setCollideWorldBounds(true);
      ball.body.onWorldBounds = true;
    }
    this.physics.world.on('worldbounds', () => { this.registry.inc('coins', 1); });
    this.physics.add.collider(this.balls, this.balls, this.bump, null, this);
    this.input.on('pointerdown', () => this.cameras.main.shake(200, 0.01));
  }
  tick() { this.scene.get('hud').events.emit('tick', this.score); }
  levelUp() { this.data.set('level', 2); }
  bump(a, b) { this.score += 1; }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    const score = this.add.text(16, 16, 'Score: 0', { fontSize: '20px' });
    const coins = this.add.text(16, 44, 'Coins: 0', { fontSize: '20px' });
    const ticks = this.add.text(16, 72, 'Ticks: 0', { fontSize: '20px' });
    this.game.events.on('score', (value) => score.setText('Score: ' + value));
    this.registry.events.on('changedata-coins', (parent, value) => coins.setText('Coins: ' + value));
    let n = 0;
    this.events.on('tick', () => { n += 1; ticks.setText('Ticks: ' + n); });
    this.time.delayedCall(400, () => this.cameras.main.fadeOut(200, 0, 0, 0));
    this.cameras.main.once('camerafadeoutcomplete', () => this.cameras.main.fadeIn(200, 0, 0, 0));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: [Game, Hud] });
