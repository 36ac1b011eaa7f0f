// Two-level puzzle platformer: Left/Right or A/D move and Up or W jumps, but only while standing on the ground or a platform (no jumping again in mid-air); pick up the key to unlock the door that walls off the exit, then touch the exit to reach the next level.
const VAULTS = [
  { spawn: { x: 40, y: 540 }, key: { x: 320, y: 365 }, door: { x: 560 }, exit: { x: 720 },
    ledges: [{ x: 170, y: 490, w: 120 }, { x: 320, y: 405, w: 120 }] },
  { spawn: { x: 40, y: 540 }, key: { x: 300, y: 195 }, door: { x: 620 }, exit: { x: 740 },
    ledges: [{ x: 170, y: 490, w: 120 }, { x: 330, y: 405, w: 110 }, { x: 470, y: 320, w: 110 }, { x: 300, y: 235, w: 90 }] }
];

class VaultScene extends Phaser.Scene {
  constructor() {
    super('Vault');
  }

  init(data) {
    this.level = data.level || 0;
  }

  create() {
    const def = VAULTS[this.level];
    this.physics.world.setBounds(0, 0, 800, 600);

    this.platforms = this.physics.add.staticGroup();
    this.platforms.add(this.add.rectangle(400, 585, 800, 30, 0x3c3c3c));
    this.platforms.add(this.add.rectangle(400, 45, 800, 30, 0x3c3c3c));
    def.ledges.forEach((l) => this.platforms.add(this.add.rectangle(l.x, l.y, l.w, 16, 0x8d6e63)));

    this.door = this.add.rectangle(def.door.x, 315, 28, 510, 0xb71c1c).setStrokeStyle(3, 0xffeb3b);
    this.physics.add.existing(this.door, true);
    this.exit = this.add.rectangle(def.exit.x, 540, 44, 60, 0x00c853);
    this.physics.add.existing(this.exit, true);

    this.keyItem = this.add.container(def.key.x, def.key.y, [
      this.add.circle(-8, 0, 9, 0xffd600),
      this.add.rectangle(8, 0, 20, 6, 0xffd600)
    ]);
    this.keyItem.setSize(36, 20);
    this.physics.add.existing(this.keyItem, true);
    this.tweens.add({ targets: this.keyItem, angle: { from: -12, to: 12 }, yoyo: true, repeat: -1, duration: 500 });

    this.hero = this.add.rectangle(def.spawn.x, def.spawn.y, 26, 38, 0x29b6f6);
    this.physics.add.existing(this.hero);
    this.hero.body.setCollideWorldBounds(true);

    this.physics.add.collider(this.hero, this.platforms);
    this.doorCollider = this.physics.add.collider(this.hero, this.door);
    this.physics.add.overlap(this.hero, this.keyItem, this.takeKey, null, this);
    this.physics.add.overlap(this.hero, this.exit, this.leave, null, this);

    this.hud = this.add.container(16, 70);
    this.hud.add(this.add.text(0, 0, 'Level ' + (this.level + 1) + ' / ' + VAULTS.length, { fontSize: '20px', color: '#ffffff' }));
    this.keyText = this.add.text(0, 28, 'Key: missing', { fontSize: '16px', color: '#ffd600' });
    this.hud.add(this.keyText);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.wasd = this.input.keyboard.addKeys('W,A,D');
    this.leaving = false;
  }

  takeKey() {
    this.keyItem.destroy();
    this.keyText.setText('Key: got it - door open');
    this.doorCollider.destroy();
    this.tweens.add({ targets: this.door, alpha: 0.15, duration: 300 });
  }

  leave() {
    if (this.leaving) return;
    this.leaving = true;
    this.hero.body.setVelocity(0, 0);
    this.hero.body.setAllowGravity(false);
    const last = this.level + 1 >= VAULTS.length;
    this.add.text(400, 300, last ? 'All vaults cracked!' : 'Vault cracked!', { fontSize: '40px', color: '#00e676' }).setOrigin(0.5);
    if (!last) this.time.delayedCall(1000, () => this.scene.restart({ level: this.level + 1 }));
  }

  update() {
    if (this.leaving) {
      this.hero.body.setVelocity(0, 0);
      return;
    }
    const body = this.hero.body;
    const left = this.cursors.left.isDown || this.wasd.A.isDown;
    const right = this.cursors.right.isDown || this.wasd.D.isDown;
    body.setVelocityX(left ? -210 : right ? 210 : 0);

    const grounded = body.blocked.down;
    if (this.cursors.up.isDown || this.wasd.W.isDown && grounded) {
      body.setVelocityY(-500);
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  physics: { default: 'arcade', arcade: { gravity: { y: 1100 } } },
  scene: VaultScene
};

new Phaser.Game(config);
