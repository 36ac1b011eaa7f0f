// Two-player split-screen gem hunt in a 1600x1200 field: the left half of the screen follows player 1 (WASD) and the right half follows player 2 (arrow keys); both move at 220 px/s and stop when no key is held. Touching a gem collects it for that player. A pie clock in each half empties over the 45-second round (one full circle = 45 s), and when it runs out the player with more gems wins; R restarts.
const ROUND_MS = 45000;

class Hunt extends Phaser.Scene {
  constructor() {
    super('hunt');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x00e676, 1).fillCircle(16, 16, 16);
    g.generateTexture('p1', 32, 32);
    g.clear();
    g.fillStyle(0xff4081, 1).fillCircle(16, 16, 16);
    g.generateTexture('p2', 32, 32);
    g.clear();
    g.fillStyle(0x40c4ff, 1).fillTriangle(10, 0, 20, 12, 0, 12).fillTriangle(0, 12, 20, 12, 10, 26);
    g.generateTexture('gem', 20, 26);
    g.destroy();

    this.physics.world.setBounds(0, 0, 1600, 1200);
    this.add.grid(800, 600, 1600, 1200, 100, 100, 0x3e2723, 1, 0x5d4037, 1);
    this.p1 = this.physics.add.image(300, 600, 'p1').setCollideWorldBounds(true);
    this.p2 = this.physics.add.image(1300, 600, 'p2').setCollideWorldBounds(true);
    this.p1.score = 0;
    this.p2.score = 0;

    this.gems = this.physics.add.staticGroup();
    for (let i = 0; i < 30; i++) this.gems.create(Phaser.Math.Between(40, 1560), Phaser.Math.Between(40, 1160), 'gem');
    const grab = (player, gem) => {
      gem.destroy();
      player.score++;
    };
    this.physics.add.overlap(this.p1, this.gems, grab);
    this.physics.add.overlap(this.p2, this.gems, grab);

    const main = this.cameras.main;
    main.setViewport(0, 0, 400, 600).setBounds(0, 0, 1600, 1200).startFollow(this.p1);
    this.cam2 = this.cameras.add(400, 0, 400, 600).setBounds(0, 0, 1600, 1200).startFollow(this.p2);
    this.add.rectangle(400, 300, 4, 600, 0xffffff).setScrollFactor(0).setDepth(10);

    this.pie = this.add.graphics().setScrollFactor(0).setDepth(10);
    this.scoreText = this.add.text(12, 570, '', { fontSize: '18px', color: '#ffffff' }).setScrollFactor(0).setDepth(10);
    this.endText = this.add.text(200, 300, '', { fontSize: '26px', color: '#ffff00', align: 'center', backgroundColor: '#000000' }).setOrigin(0.5).setScrollFactor(0).setDepth(11);

    this.keys = this.input.keyboard.addKeys('W,A,S,D,UP,DOWN,LEFT,RIGHT');
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.roundTimer = this.time.delayedCall(ROUND_MS, () => this.endRound());
    this.over = false;
  }

  drive(player, up, down, left, right) {
    const vx = (right.isDown ? 1 : 0) - (left.isDown ? 1 : 0);
    const vy = (down.isDown ? 1 : 0) - (up.isDown ? 1 : 0);
    if (vx === 0 && vy === 0) {
      player.setVelocity(0);
      return;
    }
    const v = new Phaser.Math.Vector2(vx, vy).normalize().scale(220);
    player.setVelocity(v.x, v.y);
  }

  endRound() {
    this.over = true;
    this.physics.pause();
    const a = this.p1.score;
    const b = this.p2.score;
    const result = a === b ? 'Draw!' : (a > b ? 'Player 1 wins!' : 'Player 2 wins!');
    this.endText.setText('Time up\n' + result + '\nR to restart');
  }

  update() {
    const k = this.keys;
    if (!this.over) {
      this.drive(this.p1, k.W, k.S, k.A, k.D);
      this.drive(this.p2, k.UP, k.DOWN, k.LEFT, k.RIGHT);
    }
    const left = this.over ? 0 : 1 - this.roundTimer.getProgress();
    this.pie.clear();
    this.pie.fillStyle(0x000000, 0.5).fillCircle(370, 30, 22);
    if (left > 0) {
      this.pie.fillStyle(0xffca28, 1);
      this.pie.slice(370, 30, 20, Phaser.Math.DegToRad(-90), Phaser.Math.DegToRad(-90 + 360 * left), false);
      this.pie.fillPath();
    }
    this.scoreText.setText('P1: ' + this.p1.score + '   P2: ' + this.p2.score);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade' },
  scene: Hunt
};

new Phaser.Game(config);
