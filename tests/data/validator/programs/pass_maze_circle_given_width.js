// Tilt maze: the arrow keys tilt the board so the marble accelerates that way; it rolls through the corridors, bounces softly off the walls, and reaching the green goal stops the clock and shows "You win".
class TiltMaze extends Phaser.Scene {
  constructor() {
    super('TiltMaze');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xc0c0d0).fillCircle(12, 12, 12).fillStyle(0xffffff).fillCircle(8, 8, 4);
    g.generateTexture('marble', 24, 24);
    g.destroy();

    this.walls = this.physics.add.staticGroup();
    [
      [300, 240, 600, 20],  // long shelf with a narrow gap at the right end
      [330, 335, 20, 170]   // post hanging into the bottom corridor
    ].forEach(([x, y, w, h]) => this.walls.add(this.add.rectangle(x, y, w, h, 0x8d6e63)));

    this.goal = this.add.rectangle(50, 440, 50, 50, 0x43a047);
    this.physics.add.existing(this.goal, true);

    this.marble = this.physics.add.image(40, 40, 'marble');
    this.marble.setCircle(12);
    this.marble.setCollideWorldBounds(true).setBounce(0.3);
    this.marble.setMaxVelocity(260).setDamping(true).setDrag(0.6);

    this.physics.add.collider(this.marble, this.walls);
    this.physics.add.overlap(this.marble, this.goal, this.win, null, this);

    this.seconds = 0;
    this.clock = this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.seconds += 1; } });
    this.timeText = this.add.text(620, 10, '', { fontSize: '18px', color: '#ffffff' }).setOrigin(1, 0);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.won = false;
  }

  win() {
    if (this.won) return;
    this.won = true;
    this.clock.remove();
    this.marble.setAcceleration(0, 0).setVelocity(0, 0);
    this.add.text(320, 240, `You win! ${this.seconds}s`, { fontSize: '42px', color: '#ffeb3b' }).setOrigin(0.5);
  }

  update() {
    if (this.won) return;
    const tiltX = (this.cursors.right.isDown ? 1 : 0) - (this.cursors.left.isDown ? 1 : 0);
    const tiltY = (this.cursors.down.isDown ? 1 : 0) - (this.cursors.up.isDown ? 1 : 0);
    this.marble.setAcceleration(tiltX * 500, tiltY * 500);
    this.timeText.setText(`Time: ${this.seconds}s`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 640,
  height: 480,
  backgroundColor: '#3e2723',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: TiltMaze
});
