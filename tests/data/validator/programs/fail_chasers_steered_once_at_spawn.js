// Top-down survival: every 2 seconds a red chaser spawns at one of the four screen corners (in turn) and keeps chasing the player at 110 px/s; the player moves with the arrow keys at 220 px/s; touching a chaser ends the game, and the score is the number of seconds survived.
const CORNERS = [
  { x: 20, y: 20 },
  { x: 780, y: 20 },
  { x: 780, y: 580 },
  { x: 20, y: 580 }
];

class SurviveScene extends Phaser.Scene {
  constructor() {
    super('Survive');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x00e676).fillCircle(14, 14, 14);
    g.generateTexture('runner', 28, 28);
    g.clear().fillStyle(0xff1744).fillTriangle(12, 0, 24, 24, 0, 24);
    g.generateTexture('chaser', 24, 24);
    g.destroy();

    this.player = this.physics.add.image(400, 300, 'runner').setCollideWorldBounds(true);
    this.chasers = this.physics.add.group();
    this.cursors = this.input.keyboard.createCursorKeys();

    this.spawnIndex = 0;
    this.survived = 0;
    this.alive = true;
    this.scoreText = this.add.text(16, 16, 'Time: 0', { fontSize: '22px', color: '#ffffff' });

    this.spawnTimer = this.time.addEvent({ delay: 2000, loop: true, callback: this.spawnChaser, callbackScope: this });
    this.secondTimer = this.time.addEvent({
      delay: 1000,
      loop: true,
      callback: () => {
        this.survived += 1;
        this.scoreText.setText('Time: ' + this.survived);
      }
    });

    this.physics.add.overlap(this.player, this.chasers, this.caught, null, this);
  }

  spawnChaser() {
    const corner = CORNERS[this.spawnIndex % CORNERS.length];
    this.spawnIndex += 1;
    const chaser = this.chasers.create(corner.x, corner.y, 'chaser');
    this.physics.moveToObject(chaser, this.player, 110);
    chaser.rotation = chaser.body.velocity.angle() + Math.PI / 2;
  }

  caught() {
    if (!this.alive) return;
    this.alive = false;
    this.physics.pause();
    this.spawnTimer.remove();
    this.secondTimer.remove();
    this.player.setTint(0x555555);
    this.add.text(400, 280, 'CAUGHT!', { fontSize: '54px', color: '#ff1744' }).setOrigin(0.5);
    this.add.text(400, 340, `You survived ${this.survived} s`, { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
  }

  update() {
    if (!this.alive) return;

    const body = this.player.body;
    body.setVelocity(0);
    if (this.cursors.left.isDown) body.setVelocityX(-220);
    else if (this.cursors.right.isDown) body.setVelocityX(220);
    if (this.cursors.up.isDown) body.setVelocityY(-220);
    else if (this.cursors.down.isDown) body.setVelocityY(220);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  physics: { default: 'arcade' },
  scene: SurviveScene
});
