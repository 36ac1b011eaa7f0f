// Events, keys and handlers written the ways that work: custom events the program emits itself (also under a
// browser-like name), key names in any case, objects made interactive in several ways (one of them later loses it),
// colliders and tweens of objects that exist, timers with callbacks, animations and scenes under their own keys.
const TAP = 'tap';
class PlayScene extends Phaser.Scene {
  constructor() { super({ key: 'PlayScene' }); }
  preload() {
    this.load.on('complete', () => { this.loaded = true; });
  }
  create() {
    this.score = 0;
    this.events.on('scored', (n) => { this.score += n; this.registry.set('score', this.score); });
    this.events.on(TAP, () => this.events.emit('scored', 1));
    this.time.delayedCall(300, () => this.events.emit(TAP));

    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRect(0, 0, 16, 16).fillStyle(0x4361ee, 1).fillRect(16, 0, 16, 16);
    g.generateTexture('blink', 32, 16);
    g.destroy();
    const tex = this.textures.get('blink');
    tex.add(0, 0, 0, 0, 16, 16);
    tex.add(1, 0, 16, 0, 16, 16);
    this.anims.create({ key: 'pulse', frames: this.anims.generateFrameNumbers('blink', { frames: [0, 1] }), frameRate: 6, repeat: 2 });
    const pulser = this.add.sprite(700, 80, 'blink', 0).setScale(3);
    pulser.on('animationcomplete', () => pulser.setTint(0x00ff00));
    pulser.on('animationcomplete-pulse', () => pulser.setAlpha(0.8));
    pulser.play('pulse');

    this.platforms = this.physics.add.staticGroup();
    this.platforms.add(this.add.rectangle(400, 580, 800, 40, 0x2d6a4f));
    this.player = this.add.rectangle(120, 400, 32, 48, 0xffd166);
    this.physics.add.existing(this.player);
    this.coins = this.physics.add.group();
    for (let i = 0; i < 4; i++) this.coins.add(this.add.circle(250 + i * 120, 540, 10, 0xffd60a));
    this.physics.add.collider(this.player, this.platforms, null, null, this);
    this.physics.add.collider(this.coins, this.platforms);
    this.physics.add.collider(this.coins);
    this.physics.add.overlap(this.player, this.coins, this.collect, null, this);
    this.player.body.setVelocityX(160);

    const button = this.add.rectangle(400, 200, 160, 50, 0xef476f).setInteractive();
    button.on('pointerdown', () => { this.events.emit('scored', 5); button.removeInteractive(); });
    const badge = this.add.circle(600, 200, 24, 0x06d6a0);
    this.input.enable(badge);
    badge.on('pointerover', () => badge.setScale(1.2));
    badge.on('pointerup', () => badge.emit('click'));
    badge.on('click', () => badge.setFillStyle(0x118ab2));
    const zone = this.add.zone(200, 200, 120, 120).setRectangleDropZone(120, 120);
    const chip = this.add.rectangle(100, 120, 30, 30, 0x8338ec).setInteractive({ draggable: true });
    chip.on('drag', (p, x, y) => chip.setPosition(x, y));
    chip.on('drop', (p, target) => { if (target === zone) chip.setFillStyle(0x3a86ff); });
    chip.on('destroy', () => { this.chipGone = true; });

    this.keys = this.input.keyboard.addKeys('W,A,S,D');
    this.fire = this.input.keyboard.addKey('space');
    this.enter = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.ENTER);
    this.pad = this.input.keyboard.addKeys({ up: 'UP', shoot: 'Z' });
    this.input.keyboard.on('keydown-A', () => { this.player.x -= 10; });
    this.input.keyboard.on('keyup-SPACE', () => this.events.emit('scored', 1));
    this.input.keyboard.on('keydown', () => { this.lastKey = this.time.now; });

    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '24px', color: '#ffffff', stroke: '#000000',
      strokeThickness: 3, backgroundColor: 'rgba(0,0,0,0.4)', padding: 6, shadow: { color: '#222', fill: true },
      wordWrap: { width: 300 } });
    this.tweens.add({ targets: [button, badge], alpha: 0.7, duration: 400, yoyo: true, repeat: 1,
      onComplete: () => this.label.setColor('#ffd166') });
    this.time.addEvent({ delay: 500, callback: this.tick, callbackScope: this, repeat: 3 });
    this.scene.launch('HudScene');
    this.time.delayedCall(2500, () => this.scene.start('OverScene', { score: this.score }));
  }
  collect(player, coin) { coin.destroy(); this.events.emit('scored', 10); }
  tick() { this.label.setText('Score: ' + this.score); }
  update() {
    if (this.keys.D.isDown || this.fire.isDown || this.enter.isDown || this.pad.shoot.isDown) this.player.x += 2;
  }
}
class HudScene extends Phaser.Scene {
  constructor() { super('HudScene'); }
  create() { this.add.text(700, 16, 'HUD', { fontSize: '18px', color: '#90e0ef' }); }
}
class OverScene extends Phaser.Scene {
  constructor() { super('OverScene'); }
  create(data) {
    this.add.text(400, 300, 'Score ' + data.score, { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#001219',
  physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: [PlayScene, HudScene, OverScene] });
