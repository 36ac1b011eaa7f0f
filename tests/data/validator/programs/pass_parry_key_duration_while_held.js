// Task: Parry duel: a knight winds up a sword strike every 2 seconds; SPACE pressed less than 200 ms before the strike lands (and still held) parries it for a point, SPACE held down longer only blocks it, an unguarded strike costs one of 3 hearts, and 5 parries win.
const PARRY_MS = 200;
const WINDUP_MS = 700;

function preload() {
  const g = this.make.graphics({ add: false });
  g.fillStyle(0x9aa4b8).fillRect(0, 0, 60, 110);
  g.fillStyle(0x30384a).fillRect(10, 12, 40, 10);
  g.generateTexture('knight', 60, 110);
  g.clear().fillStyle(0x4fb06f).fillRect(0, 0, 50, 100);
  g.generateTexture('hero', 50, 100);
  g.clear().fillStyle(0xdfe6ee).fillRect(0, 0, 90, 8);
  g.generateTexture('blade', 90, 8);
  g.destroy();
}

function create() {
  this.add.rectangle(400, 380, 800, 140, 0x2a2320);
  this.hero = this.add.image(250, 260, 'hero');
  this.shield = this.add.rectangle(290, 250, 14, 80, 0xc8a040).setVisible(false);
  this.knight = this.add.image(560, 255, 'knight');
  this.blade = this.add.image(520, 230, 'blade').setOrigin(1, 0.5);
  this.guardKey = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);

  this.hearts = 3;
  this.parries = 0;
  this.blocks = 0;
  this.over = false;
  this.hud = this.add.text(20, 16, '', { fontSize: '22px', color: '#ffffff' });
  this.callout = this.add.text(400, 110, '', { fontSize: '36px', color: '#ffe27a' }).setOrigin(0.5);
  refreshHud.call(this);

  this.strikeTimer = this.time.addEvent({ delay: 2000, loop: true, callback: strike, callbackScope: this });
}

function update() {
  this.shield.setVisible(this.guardKey.isDown && !this.over);
  if (this.over) return;
  const remaining = this.strikeTimer.getRemaining();
  const winding = remaining < WINDUP_MS;
  this.knight.setTint(winding ? 0xff8080 : 0xffffff);
  this.blade.angle = winding ? 50 * (1 - remaining / WINDUP_MS) : 0;
}

function strike() {
  if (this.over) return;
  const key = this.guardKey;
  this.tweens.add({ targets: [this.knight, this.blade], x: '-=120', duration: 90, yoyo: true });
  if (key.isDown && key.getDuration() < PARRY_MS) {
    this.parries += 1;
    this.callout.setText('PARRY!');
    this.tweens.add({ targets: this.knight, angle: 12, duration: 150, yoyo: true });
  } else if (key.isDown) {
    this.blocks += 1;
    this.callout.setText('Blocked');
  } else {
    this.hearts -= 1;
    this.callout.setText('Ouch!');
    this.cameras.main.shake(150, 0.01);
  }
  refreshHud.call(this);
  if (this.parries >= 5) finish.call(this, 'You win!');
  else if (this.hearts <= 0) finish.call(this, 'Defeated');
}

function refreshHud() {
  this.hud.setText(`Hearts: ${this.hearts}   Parries: ${this.parries}/5   Blocks: ${this.blocks}`);
}

function finish(text) {
  this.over = true;
  this.strikeTimer.remove();
  this.knight.clearTint();
  this.callout.setText(text);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#3b4b66',
  scene: { preload, create, update },
});
