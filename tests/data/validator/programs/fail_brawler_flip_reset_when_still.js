// Task: Side-view beat-'em-up: the hero walks with the arrow keys and punches with SPACE in the direction he faces; three thugs close in, each takes three punches to knock out, and knocking out all three clears the street.
class StreetScene extends Phaser.Scene {
  constructor() {
    super('Street');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xf0c090).fillRect(10, 0, 20, 16);
    g.fillStyle(0x2f6fd0).fillRect(4, 16, 32, 40);
    g.generateTexture('hero', 40, 56);
    g.clear();
    g.fillStyle(0xd09060).fillRect(10, 0, 20, 16);
    g.fillStyle(0xaa3333).fillRect(4, 16, 32, 40);
    g.generateTexture('thug', 40, 56);
    g.destroy();
  }

  create() {
    this.add.rectangle(400, 110, 800, 220, 0x1c1c2a);
    this.add.rectangle(400, 335, 800, 230, 0x3a3a48);
    this.physics.world.setBounds(0, 220, 800, 230);

    this.hero = this.physics.add.sprite(400, 300, 'hero').setCollideWorldBounds(true);
    this.heroHp = 20;
    this.thugs = this.physics.add.group();
    [[120, 300], [680, 260], [760, 340]].forEach(([x, y]) => {
      const thug = this.thugs.create(x, y, 'thug');
      thug.setData({ hp: 3, nextHit: 0 });
    });

    this.fist = this.add.rectangle(0, 0, 18, 10, 0xffee88).setVisible(false);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.nextPunch = 0;
    this.knockedOut = 0; this.over = false;
    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.banner = this.add.text(400, 120, '', { fontSize: '40px', color: '#ffe066' }).setOrigin(0.5);
    this.updateHud();
  }

  update(time) {
    if (this.over) return;
    const speed = 160;
    let vx = 0, vy = 0;
    if (this.cursors.left.isDown) vx = -speed;
    else if (this.cursors.right.isDown) vx = speed;
    if (this.cursors.up.isDown) vy = -speed * 0.6;
    else if (this.cursors.down.isDown) vy = speed * 0.6;
    this.hero.setVelocity(vx, vy);
    this.hero.setFlipX(vx < 0);

    if (Phaser.Input.Keyboard.JustDown(this.cursors.space) && time >= this.nextPunch) this.punch(time);
    this.thugs.getChildren().forEach((thug) => this.thugAct(thug, time));
  }

  punch(time) {
    this.nextPunch = time + 250;
    const dir = this.hero.flipX ? -1 : 1;
    this.fist.setPosition(this.hero.x + dir * 30, this.hero.y - 6).setVisible(true);
    this.time.delayedCall(100, () => this.fist.setVisible(false));
    this.thugs.getChildren().forEach((thug) => {
      const ahead = (thug.x - this.hero.x) * dir;
      if (thug.getData('hp') > 0 && ahead > 0 && ahead < 70 && Math.abs(thug.y - this.hero.y) < 30) {
        this.hurtThug(thug, dir);
      }
    });
  }

  hurtThug(thug, dir) {
    const hp = thug.getData('hp') - 1;
    thug.setData('hp', hp);
    thug.x += dir * 12;
    if (hp > 0) {
      thug.setTintFill(0xffffff);
      this.time.delayedCall(80, () => thug.clearTint());
      return;
    }
    thug.body.enable = false;
    thug.setTint(0x555555);
    this.tweens.add({ targets: thug, alpha: 0, angle: dir * 90, duration: 400, onComplete: () => thug.destroy() });
    this.knockedOut += 1;
    this.updateHud();
    if (this.knockedOut === 3) this.finish('Street clear!');
  }

  thugAct(thug, time) {
    if (thug.getData('hp') <= 0 || this.over) return;
    const dx = this.hero.x - thug.x;
    const dy = this.hero.y - thug.y;
    const vx = Math.abs(dx) > 50 ? Math.sign(dx) * 80 : 0;
    const vy = Math.abs(dy) > 4 ? Math.sign(dy) * 50 : 0;
    thug.setVelocity(vx, vy).setFlipX(dx < 0);
    if (vx === 0 && vy === 0 && time >= thug.getData('nextHit')) {
      thug.setData('nextHit', time + 2000);
      this.heroHp -= 1;
      this.cameras.main.shake(80, 0.004);
      this.updateHud();
      if (this.heroHp <= 0) this.finish('Knocked out!');
    }
  }

  updateHud() {
    this.hud.setText(`HP ${this.heroHp}   KO ${this.knockedOut}/3`);
  }

  finish(message) {
    this.over = true;
    this.physics.pause();
    this.banner.setText(message);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#101018',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: StreetScene,
});
